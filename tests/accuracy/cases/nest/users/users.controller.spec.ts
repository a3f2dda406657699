// A spec file: never linted.
import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { UsersController } from './users.controller';

describe('UsersController', () => {
  it('rejects anonymous callers', () => {
    const controller = new UsersController({} as any);
    expect(() => controller.me({})).toThrow(ForbiddenException);
    const stub = (req: any) => {
      if (!req.user) throw new ForbiddenException();
      throw new UnauthorizedException('admins only');
    };
    expect(() => stub({})).toThrow();
  });
});
