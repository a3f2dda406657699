import { Controller, Get, HttpException, HttpStatus, Req } from '@nestjs/common';
import { TokenExpiredError, verify } from 'jsonwebtoken';

@Controller('downloads')
export class DownloadsController {
  @Get()
  list(@Req() request: any) {
    if (!request.user) {
      throw new HttpException('Forbidden', HttpStatus.FORBIDDEN); // expect: no-403-for-unauthenticated
    }
    return [];
  }

  @Get('signed')
  signed(@Req() request: any) {
    const token = String(request.query.token ?? '');
    try {
      return verify(token, process.env.DOWNLOAD_SECRET!);
    } catch (err) {
      if (err instanceof TokenExpiredError) {
        throw new HttpException({ status: HttpStatus.UNAUTHORIZED, error: 'Token expired' }, HttpStatus.UNAUTHORIZED); // expect: require-www-authenticate
      }
      throw new HttpException('Bad token', HttpStatus.BAD_REQUEST);
    }
  }
}
