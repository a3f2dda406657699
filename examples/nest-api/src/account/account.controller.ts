import { Controller, ForbiddenException, Get, Header, Req, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';

/** Correct throughout: 401 with a challenge for a missing identity, 403 for a missing permission. */
@Controller('account')
export class AccountController {
  @Get()
  @Header('WWW-Authenticate', 'Bearer realm="invoices"')
  me(@Req() req: Request) {
    if (!req.user) {
      throw new UnauthorizedException();
    }
    return req.user;
  }

  @Get('billing')
  @Header('WWW-Authenticate', 'Bearer realm="invoices"')
  billing(@Req() req: Request) {
    if (!req.user) {
      throw new UnauthorizedException();
    }
    if (!req.user.roles.includes('billing')) {
      throw new ForbiddenException('Billing role required');
    }
    return { plan: 'team' };
  }
}
