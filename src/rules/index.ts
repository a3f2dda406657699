import no401ForForbidden from './no-401-for-forbidden';
import no403ForUnauthenticated from './no-403-for-unauthenticated';
import noIneffectiveStatus from './no-ineffective-status';
import requireProblemDetails from './require-problem-details';
import requireWwwAuthenticate from './require-www-authenticate';
import validProblemDetails from './valid-problem-details';
import validWwwAuthenticate from './valid-www-authenticate';

export const rules = {
  'no-401-for-forbidden': no401ForForbidden,
  'no-403-for-unauthenticated': no403ForUnauthenticated,
  'no-ineffective-status': noIneffectiveStatus,
  'require-problem-details': requireProblemDetails,
  'require-www-authenticate': requireWwwAuthenticate,
  'valid-problem-details': validProblemDetails,
  'valid-www-authenticate': validWwwAuthenticate,
};
