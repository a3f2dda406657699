import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';

@Injectable()
export class StaffGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { user } = context.switchToHttp().getRequest();
    if (!user || !user.isStaff) {
      throw new ForbiddenException(); // expect: no-403-for-unauthenticated
    }
    return true;
  }
}
