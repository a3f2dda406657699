import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

@Injectable()
export class PermissionsGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const needed = this.reflector.get<string[]>('permissions', context.getHandler()) ?? [];
    const request = context.switchToHttp().getRequest();
    for (const permission of needed) {
      if (!request.user.permissions.includes(permission)) {
        return false;
      }
    }
    return true;
  }
}
