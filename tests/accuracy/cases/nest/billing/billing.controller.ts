import { Controller, HttpStatus, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

@Controller('billing')
export class BillingController {
  @Post('export')
  export(@Req() req: Request & { user: { plan: string } }, @Res() res: Response) {
    if (req.user.plan !== 'pro') {
      return res.status(HttpStatus.FORBIDDEN).json({ message: 'Exports need the Pro plan' }); // expect: require-problem-details
    }
    if (req.user.plan === 'pro' && !req.body?.month) {
      return res.status(HttpStatus.BAD_REQUEST).json({ message: ['month must be a string'], error: 'Bad Request' }); // expect: require-problem-details
    }
    return res.status(HttpStatus.ACCEPTED).json({ queued: true });
  }
}
