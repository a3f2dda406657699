import { Controller, Get, Header, Req, UnauthorizedException } from '@nestjs/common';

@Controller('reports')
export class ReportsController {
  @Get()
  @Header('WWW-Authenticate', 'Bearer realm="reports"')
  list(@Req() req: any) {
    if (!req.user) {
      throw new UnauthorizedException();
    }
    return [];
  }
}
