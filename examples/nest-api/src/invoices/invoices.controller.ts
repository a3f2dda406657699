import { Controller, Delete, ForbiddenException, Get, HttpCode, HttpStatus, NotFoundException, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';

import { AuthGuard } from '../auth/auth.guard';
import { Roles, RolesGuard } from '../auth/roles.guard';
import { InvoicesService } from './invoices.service';

@Controller('invoices')
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  @Get(':id')
  @UseGuards(AuthGuard)
  find(@Param('id') id: string, @Req() req: Request) {
    const invoice = this.invoices.find(id);
    if (!invoice) {
      throw new NotFoundException(`Invoice ${id} not found`);
    }
    if (invoice.ownerId !== req.user.id) {
      // Correct: the user is known and does not own the invoice.
      throw new ForbiddenException('This invoice belongs to another account');
    }
    return invoice;
  }

  @Get(':id/pdf')
  pdf(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    if (!req.user) {
      // Faulty: no identity needs 401 with a challenge, and the body is no problem details.
      return res.status(HttpStatus.FORBIDDEN).json({ error: 'Sign in to download invoices' });
    }
    return res.type('application/pdf').send(Buffer.from(`invoice ${id}`));
  }

  @Post('session/expire')
  @HttpCode(HttpStatus.UNAUTHORIZED)
  expireSession() {
    // Faulty: a 401 without a WWW-Authenticate challenge, with an ad-hoc body.
    return { error: 'Session expired' };
  }

  @Delete(':id')
  @Roles('admin')
  @UseGuards(AuthGuard, RolesGuard)
  remove(@Param('id') id: string) {
    this.invoices.remove(id);
  }
}
