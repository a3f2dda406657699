import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';

import { AccountController } from './account/account.controller';
import { AuthGuard } from './auth/auth.guard';
import { RolesGuard } from './auth/roles.guard';
import { InvoicesController } from './invoices/invoices.controller';
import { InvoicesService } from './invoices/invoices.service';

@Module({
  imports: [JwtModule.register({ secret: process.env.JWT_SECRET ?? 'change-me' })],
  controllers: [InvoicesController, AccountController],
  providers: [AuthGuard, RolesGuard, InvoicesService],
})
export class AppModule {}
