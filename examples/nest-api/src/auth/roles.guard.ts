import { CanActivate, ExecutionContext, Injectable, SetMetadata, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

export const ROLES_KEY = 'roles';
export const Roles = (...roles: string[]) => SetMetadata(ROLES_KEY, roles);

/** Lets a request through when the signed-in user has one of the roles that `@Roles()` lists. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.get<string[] | undefined>(ROLES_KEY, context.getHandler());
    if (!required) {
      return true;
    }
    const { user } = context.switchToHttp().getRequest();
    if (!user.roles.some((role: string) => required.includes(role))) {
      // Faulty: the user is known, so a missing role is a 403, not a 401.
      throw new UnauthorizedException('Insufficient role');
    }
    return true;
  }
}
