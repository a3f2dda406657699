import { Body, Controller, HttpCode, HttpStatus, Post, UnauthorizedException } from '@nestjs/common';
import { AuthService } from './auth.service';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @HttpCode(HttpStatus.OK)
  @Post('login')
  async login(@Body() body: { email: string; password: string }) {
    const user = await this.auth.checkPassword(body.email, body.password);
    if (!user) {
      throw new UnauthorizedException('Invalid credentials'); // expect: require-www-authenticate
    }
    return this.auth.issueTokens(user);
  }
}
