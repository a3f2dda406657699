import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

/** Verifies the bearer token and puts its claims on `request.user`. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const authorization: string | undefined = request.headers.authorization;
    if (!authorization?.startsWith('Bearer ')) {
      // Faulty: a guard that returns false makes Nest send 403 "Forbidden resource".
      return false;
    }
    try {
      request.user = await this.jwt.verifyAsync(authorization.slice(7));
    } catch {
      // Faulty: an invalid or expired token needs 401, so the client signs in again.
      throw new ForbiddenException('Invalid token');
    }
    return true;
  }
}
