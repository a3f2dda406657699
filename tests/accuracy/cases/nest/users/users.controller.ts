import { Controller, Delete, ForbiddenException, Get, NotFoundException, Param, Req, UseGuards } from '@nestjs/common';
import { OptionalAuthGuard } from '../auth/optional-auth.guard';
import { UsersService } from './users.service';

@Controller('users')
@UseGuards(OptionalAuthGuard)
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('me')
  me(@Req() req: any) {
    if (!req.user) {
      throw new ForbiddenException('Not logged in'); // expect: no-403-for-unauthenticated
    }
    return req.user;
  }

  @Delete(':id')
  async remove(@Param('id') id: string, @Req() req: any) {
    const user = await this.users.findOne(id);
    if (!user) {
      throw new NotFoundException();
    }
    if (user.id !== req.user.id && !req.user.roles.includes('admin')) {
      throw new ForbiddenException('You can only delete your own account');
    }
    return this.users.remove(id);
  }
}
