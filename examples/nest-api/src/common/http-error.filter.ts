import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';

/** Sends a JSON body for every HttpException, with the status it carries. */
@Catch(HttpException)
export class HttpErrorFilter implements ExceptionFilter {
  catch(exception: HttpException, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const status = exception.getStatus();
    // Faulty: an ad-hoc `{ statusCode, message }` body, sent as application/json.
    response.status(status).json({
      statusCode: status,
      message: exception.message,
      path: request.url,
    });
  }
}
