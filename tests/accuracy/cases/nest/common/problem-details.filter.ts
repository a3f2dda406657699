import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';

@Catch(HttpException)
export class ProblemDetailsFilter implements ExceptionFilter {
  catch(exception: HttpException, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    const status = exception.getStatus();
    if (status === HttpStatus.UNAUTHORIZED) {
      response.set('WWW-Authenticate', 'Bearer realm="api"');
    }
    response
      .status(status)
      .type('application/problem+json')
      .json({ type: 'about:blank', title: exception.message, status });
  }
}
