import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { SessionsService } from './sessions.service';

@Injectable()
export class SessionGuard implements CanActivate {
  constructor(private readonly sessions: SessionsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest();
    const sessionToken = request.cookies?.session;
    if (!sessionToken || !(await this.sessions.validate(sessionToken))) {
      http.getResponse().header('WWW-Authenticate', 'Cookie realm="app"');
      throw new UnauthorizedException();
    }
    return true;
  }
}
