import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ApiKeysService } from './api-keys.service';

@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(private readonly keys: ApiKeysService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const apiKey = request.headers['x-api-key'];
    if (!apiKey) {
      return false; // expect: no-403-for-unauthenticated
    }
    if (!(await this.keys.isValid(apiKey))) {
      return false; // expect: no-403-for-unauthenticated
    }
    return true;
  }
}
