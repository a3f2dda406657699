import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';

/**
 * Correct: sends every error as problem details (RFC 9457), and adds the
 * Bearer challenge to every 401.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    const status = exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    if (status === HttpStatus.UNAUTHORIZED) {
      response.set('WWW-Authenticate', 'Bearer realm="invoices"');
    }
    response
      .status(status)
      .type('application/problem+json')
      .json({ type: 'about:blank', title: exception instanceof HttpException ? exception.message : 'Internal Server Error', status });
  }
}
