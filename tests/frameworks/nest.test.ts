import no401ForForbidden from '../../src/rules/no-401-for-forbidden';
import no403ForUnauthenticated from '../../src/rules/no-403-for-unauthenticated';
import requireProblemDetails from '../../src/rules/require-problem-details';
import requireWwwAuthenticate from '../../src/rules/require-www-authenticate';
import { createJavaScriptTester, createTypeScriptTester } from '../rule-tester';

/**
 * Each NestJS idiom against each core rule: thrown built-in exceptions and
 * `HttpException`, guards (`implements CanActivate`, passport's
 * `AuthGuard`), `@HttpCode` and `@Header` on route handlers, an injected
 * `@Res()`, and exception filters.
 */

const typescript = createTypeScriptTester();
const javascript = createJavaScriptTester();
const THROWN = [{ checkThrownErrors: true }];

// ---------------------------------------------------------------------------
// no-403-for-unauthenticated

typescript.run('nest: no-403-for-unauthenticated', no403ForUnauthenticated, {
  valid: [
    {
      name: 'GraphQL guard returning false',
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

@Injectable()
export class GqlUserGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { req } = GqlExecutionContext.create(context).getContext();
    return Boolean(req.user);
  }
}
`,
    },
    {
      name: 'ForbiddenException after a role check',
      code: `import { Controller, Delete, ForbiddenException, Req } from '@nestjs/common';

@Controller('posts')
export class PostsController {
  @Delete(':id')
  remove(@Req() req) {
    if (!req.user.roles.includes('admin')) {
      throw new ForbiddenException('Admins only');
    }
  }
}
`,
    },
    {
      name: 'guard returns false after a role check',
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class RolesGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (!request.user.roles.includes('admin')) {
      return false;
    }
    return true;
  }
}
`,
    },
    {
      name: 'guard returns false for an unclassified condition',
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class MaintenanceGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (process.env.MAINTENANCE === 'on') {
      return false;
    }
    return true;
  }
}
`,
    },
    {
      name: 'guard returns a role test',
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class RolesGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    return request.user.roles.includes('admin');
  }
}
`,
    },
    {
      name: 'guard returns a verify call',
      code: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';

@Injectable()
export class JwtGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const token = request.headers.authorization?.split(' ')[1];
    if (!token) {
      context.switchToHttp().getResponse().header('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException();
    }
    return this.jwt.verifyAsync(token);
  }
}
`,
    },
    {
      name: 'guard returns the user it just verified',
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class JwtGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    request.user = await this.jwt.verifyAsync(request.headers.authorization);
    return request.user;
  }
}

@Injectable()
export class PayloadGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const payload = await this.jwt.verifyAsync(context.switchToHttp().getRequest().headers.authorization);
    return !!payload;
  }
}
`,
    },
    {
      name: 'guard returns an unclassified call',
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

@Injectable()
export class RequestGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    return validateRequest(context.switchToHttp().getRequest());
  }
}

@Injectable()
export class JwtGuard extends AuthGuard('jwt') {
  canActivate(context: ExecutionContext) {
    return super.canActivate(context);
  }
}
`,
    },
    {
      name: 'class with canActivate that is no Nest guard',
      code: `import { Injectable } from '@nestjs/common';

@Injectable()
export class FeatureFlags {
  canActivate(request): boolean {
    if (!request.user) {
      return false;
    }
    return true;
  }
}
`,
    },
    {
      name: 'ForbiddenException not from @nestjs/common',
      code: `import { Controller, Get, Req } from '@nestjs/common';
import { ForbiddenException } from './errors';

@Controller('me')
export class MeController {
  @Get()
  me(@Req() req) {
    if (!req.user) {
      throw new ForbiddenException();
    }
    return req.user;
  }
}
`,
    },
    {
      name: 'GraphQL resolver answers in GraphQL',
      code: `import { ForbiddenException } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';

@Resolver()
export class MeResolver {
  @Query()
  me(context) {
    if (!context.req.user) {
      throw new ForbiddenException();
    }
    return context.req.user;
  }
}
`,
    },

    {
      name: 'exception created but not thrown',
      code: `import { ForbiddenException } from '@nestjs/common';

export function describeDenial(request) {
  if (!request.user) {
    return new ForbiddenException().getResponse();
  }
  return undefined;
}
`,
    },
  ],
  invalid: [
    {
      name: 'guard message names the guard',
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class SessionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest();
    return !!req.session?.userId;
  }
}
`,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          data: { subject: 'This guard returns false, which NestJS answers with 403 Forbidden,' },
          line: 7,
          column: 5,
          suggestions: [],
        },
      ],
    },
    {
      name: 'user from a param decorator',
      code: `import { Controller, ForbiddenException, Get } from '@nestjs/common';
import { CurrentUser } from './current-user.decorator';

@Controller('reports')
export class ReportsController {
  @Get()
  reports(@CurrentUser() user: { id: string } | undefined) {
    if (!user) throw new ForbiddenException();
    return [];
  }
}
`,
      errors: [{ messageId: 'forbiddenWithoutIdentity', line: 8, column: 22, suggestions: [{ messageId: 'sendUnauthorizedInstead', output: `import { Controller, ForbiddenException, Get, UnauthorizedException, Header } from '@nestjs/common';
import { CurrentUser } from './current-user.decorator';

@Controller('reports')
export class ReportsController {
  @Get()
  @Header('WWW-Authenticate', 'Bearer')
  reports(@CurrentUser() user: { id: string } | undefined) {
    if (!user) throw new UnauthorizedException();
    return [];
  }
}
` }] }],
    },
    {
      // passport hands handleRequest its error and the user, which is false when authentication failed.
      name: 'passport handleRequest without a user',
      code: `import { ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  handleRequest(err, user, info, context: ExecutionContext) {
    if (err || !user) {
      throw new ForbiddenException();
    }
    return user;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 8,
          column: 13,
          endLine: 8,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              output: `import { ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  handleRequest(err, user, info, context: ExecutionContext) {
    if (err || !user) {
      context.switchToHttp().getResponse().header('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException();
    }
    return user;
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'ForbiddenException in a route handler without a user',
      code: `import { Controller, Get, ForbiddenException, Req } from '@nestjs/common';

@Controller('reports')
export class ReportsController {
  @Get()
  list(@Req() req) {
    if (!req.user) {
      throw new ForbiddenException('Please sign in');
    }
    return [];
  }
}
`,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 8,
          column: 13,
          endLine: 8,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `import { Controller, Get, ForbiddenException, Req, UnauthorizedException, Header } from '@nestjs/common';

@Controller('reports')
export class ReportsController {
  @Get()
  @Header('WWW-Authenticate', 'Bearer')
  list(@Req() req) {
    if (!req.user) {
      throw new UnauthorizedException('Please sign in');
    }
    return [];
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'HttpException with HttpStatus.FORBIDDEN for a missing token',
      code: `import { Controller, Get, Headers, HttpException, HttpStatus } from '@nestjs/common';

@Controller('invoices')
export class InvoicesController {
  @Get()
  list(@Headers('authorization') authorization: string) {
    if (!authorization) {
      throw new HttpException({ title: 'Forbidden', status: 403 }, HttpStatus.FORBIDDEN);
    }
    return [];
  }
}
`,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 8,
          column: 13,
          endLine: 8,
          endColumn: 89,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `import { Controller, Get, Headers, HttpException, HttpStatus, Header } from '@nestjs/common';

@Controller('invoices')
export class InvoicesController {
  @Get()
  @Header('WWW-Authenticate', 'Bearer')
  list(@Headers('authorization') authorization: string) {
    if (!authorization) {
      throw new HttpException({ title: 'Unauthorized', status: 401 }, HttpStatus.UNAUTHORIZED);
    }
    return [];
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'HttpException with a literal 403 after a failed verification',
      code: `import { Controller, Get, HttpException, Req } from '@nestjs/common';

@Controller('me')
export class MeController {
  constructor(private readonly jwt: JwtService) {}

  @Get()
  async me(@Req() req) {
    const token = req.headers.authorization?.slice(7);
    try {
      return await this.jwt.verifyAsync(token);
    } catch {
      throw new HttpException('Invalid token', 403);
    }
  }
}
`,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 13,
          column: 13,
          endLine: 13,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `import { Controller, Get, HttpException, Req, Header } from '@nestjs/common';

@Controller('me')
export class MeController {
  constructor(private readonly jwt: JwtService) {}

  @Get()
  @Header('WWW-Authenticate', 'Bearer')
  async me(@Req() req) {
    const token = req.headers.authorization?.slice(7);
    try {
      return await this.jwt.verifyAsync(token);
    } catch {
      throw new HttpException('Invalid token', 401);
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'guard returns false without a user',
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class SessionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (!request.user) {
      return false;
    }
    return true;
  }
}
`,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';

@Injectable()
export class SessionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (!request.user) {
      context.switchToHttp().getResponse().header('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException();
    }
    return true;
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'guard returns Boolean of the session user',
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class SessionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    return Boolean(request.session?.userId);
  }
}
`,
      errors: [{ messageId: 'forbiddenWithoutIdentity', line: 7, column: 5, endLine: 7, endColumn: 45, suggestions: [] }],
    },
    {
      name: 'guard returns a token check',
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class TokenGuard implements CanActivate {
  constructor(private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    return this.auth.validateToken(request.headers.authorization);
  }
}
`,
      errors: [{ messageId: 'forbiddenForUnverifiedCredential', line: 9, column: 5, endLine: 9, endColumn: 67, suggestions: [] }],
    },
    {
      name: 'guard returns a user it loaded',
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class SessionGuard implements CanActivate {
  constructor(private readonly sessions: SessionService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    request.user = await this.sessions.findUser(request.cookies.sid);
    return !!request.user;
  }
}
`,
      errors: [{ messageId: 'forbiddenWithoutIdentity', line: 10, suggestions: [] }],
    },
    {
      name: 'guard returns a user and role test',
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class AdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    return !!request.user && request.user.isAdmin;
  }
}
`,
      errors: [{ messageId: 'forbiddenForMixedCondition', line: 7, column: 5, endLine: 7, endColumn: 51 }],
    },
    {
      name: 'async guard returns false for an unverifiable token',
      code: `import * as common from '@nestjs/common';

@common.Injectable()
export class JwtGuard implements common.CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(ctx: common.ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest();
    const token = req.headers.authorization;
    if (!token) {
      throw new common.UnauthorizedException();
    }
    try {
      req.user = await this.jwt.verifyAsync(token);
    } catch {
      return false
    }
    return true;
  }
}
`,
      errors: [
        {
          messageId: 'forbiddenForUnverifiedCredential',
          line: 16,
          column: 7,
          endLine: 16,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `import * as common from '@nestjs/common';

@common.Injectable()
export class JwtGuard implements common.CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(ctx: common.ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest();
    const token = req.headers.authorization;
    if (!token) {
      throw new common.UnauthorizedException();
    }
    try {
      req.user = await this.jwt.verifyAsync(token);
    } catch {
      ctx.switchToHttp().getResponse().header('WWW-Authenticate', 'Bearer');
      throw new common.UnauthorizedException()
    }
    return true;
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'guard returns false in an if without braces',
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class SessionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (!request.user) return false;
    return true;
  }
}
`,
      errors: [{ messageId: 'forbiddenWithoutIdentity', line: 7, column: 24, endLine: 7, endColumn: 37, suggestions: [] }],
    },
    {
      name: 'guard mixes a missing user with a role check',
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class AdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { user } = context.switchToHttp().getRequest();
    if (!user || !user.isAdmin) {
      return false;
    }
    return true;
  }
}
`,
      errors: [{ messageId: 'forbiddenForMixedCondition', line: 8, column: 7, endLine: 8, endColumn: 20 }],
    },
    {
      name: 'ForbiddenException in a service without a user',
      code: `import { ForbiddenException, Injectable } from '@nestjs/common';

@Injectable()
export class ProfileService {
  profileOf(request) {
    if (!request.user) {
      throw new ForbiddenException();
    }
    return request.user.profile;
  }
}
`,
      errors: [{ messageId: 'forbiddenWithoutIdentity', line: 7, column: 13, endLine: 7, endColumn: 37, suggestions: [] }],
    },
  ],
});

// ---------------------------------------------------------------------------
// no-401-for-forbidden

typescript.run('nest: no-401-for-forbidden', no401ForForbidden, {
  valid: [
    {
      name: 'UnauthorizedException without a user',
      code: `import { Controller, Get, Header, Req, UnauthorizedException } from '@nestjs/common';

@Controller('me')
export class MeController {
  @Get()
  @Header('WWW-Authenticate', 'Bearer')
  me(@Req() req) {
    if (!req.user) {
      throw new UnauthorizedException();
    }
    return req.user;
  }
}
`,
    },
    {
      name: 'guard throws UnauthorizedException for a missing token',
      code: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';

@Injectable()
export class TokenGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (!request.headers.authorization) {
      throw new UnauthorizedException();
    }
    return true;
  }
}
`,
    },
    {
      name: 'guard returns false after a role check',
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class RolesGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    return request.user.roles.includes('admin') ? true : false;
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'UnauthorizedException after a membership role check',
      code: `import { Controller, Get, Param, Req, UnauthorizedException } from '@nestjs/common';

@Controller('orgs/:orgId')
export class OrgsController {
  @Get('billing')
  billing(@Param('orgId') orgId: string, @Req() req) {
    const membership = findMembership(orgId, req.user.id);
    if (membership.role !== 'owner') throw new UnauthorizedException('Only owners can see billing');
    return {};
  }
}
`,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 8,
          column: 44,
          endLine: 8,
          endColumn: 100,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import { Controller, Get, Param, Req, UnauthorizedException, ForbiddenException } from '@nestjs/common';

@Controller('orgs/:orgId')
export class OrgsController {
  @Get('billing')
  billing(@Param('orgId') orgId: string, @Req() req) {
    const membership = findMembership(orgId, req.user.id);
    if (membership.role !== 'owner') throw new ForbiddenException('Only owners can see billing');
    return {};
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'UnauthorizedException after a role check',
      code: `import { Controller, Delete, Param, Req, UnauthorizedException } from '@nestjs/common';

@Controller('users')
export class UsersController {
  @Delete(':id')
  remove(@Req() req, @Param('id') id: string) {
    if (!req.user.roles.includes('admin')) {
      throw new UnauthorizedException('Admins only');
    }
    return id;
  }
}
`,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 8,
          column: 13,
          endLine: 8,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import { Controller, Delete, Param, Req, UnauthorizedException, ForbiddenException } from '@nestjs/common';

@Controller('users')
export class UsersController {
  @Delete(':id')
  remove(@Req() req, @Param('id') id: string) {
    if (!req.user.roles.includes('admin')) {
      throw new ForbiddenException('Admins only');
    }
    return id;
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'aliased UnauthorizedException in a guard after a role check',
      code: `import { CanActivate, ExecutionContext, ForbiddenException as Denied, Injectable, UnauthorizedException as Unauthorized } from '@nestjs/common';

@Injectable()
export class RolesGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (!request.user) {
      throw new Unauthorized();
    }
    if (!request.user.roles.includes('admin')) {
      throw new Unauthorized({ type: 'about:blank', title: 'Unauthorized', status: 401 });
    }
    return true;
  }
}
`,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 90,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import { CanActivate, ExecutionContext, ForbiddenException as Denied, Injectable, UnauthorizedException as Unauthorized } from '@nestjs/common';

@Injectable()
export class RolesGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (!request.user) {
      throw new Unauthorized();
    }
    if (!request.user.roles.includes('admin')) {
      throw new Denied({ type: 'about:blank', title: 'Forbidden', status: 403 });
    }
    return true;
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'HttpException with HttpStatus.UNAUTHORIZED after an ownership check',
      code: `import { Controller, HttpException, HttpStatus, Param, Patch, Req } from '@nestjs/common';

@Controller('posts')
export class PostsController {
  constructor(private readonly posts: PostsService) {}

  @Patch(':id')
  async update(@Req() req, @Param('id') id: string) {
    const post = await this.posts.find(id);
    if (post.authorId !== req.user.id) {
      throw new HttpException('Not your post', HttpStatus.UNAUTHORIZED);
    }
    return post;
  }
}
`,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `import { Controller, HttpException, HttpStatus, Param, Patch, Req } from '@nestjs/common';

@Controller('posts')
export class PostsController {
  constructor(private readonly posts: PostsService) {}

  @Patch(':id')
  async update(@Req() req, @Param('id') id: string) {
    const post = await this.posts.find(id);
    if (post.authorId !== req.user.id) {
      throw new HttpException('Not your post', HttpStatus.FORBIDDEN);
    }
    return post;
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'UnauthorizedException for a mixed condition',
      code: `import { Controller, Get, Req, UnauthorizedException } from '@nestjs/common';

@Controller('admin')
export class AdminController {
  @Get()
  dashboard(@Req() req) {
    if (!req.user || !req.user.isAdmin) {
      throw new UnauthorizedException();
    }
    return {};
  }
}
`,
      errors: [{ messageId: 'unauthorizedForMixedCondition', line: 8, column: 13, endLine: 8, endColumn: 40 }],
    },
  ],
});

// ---------------------------------------------------------------------------
// require-www-authenticate

typescript.run('nest: require-www-authenticate', requireWwwAuthenticate, {
  valid: [
    {
      name: 'GraphQL guard through a helper',
      code: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { GqlExecutionContext as Gql } from '@nestjs/graphql';

function requestOf(context: ExecutionContext) {
  return Gql.create(context).getContext().req;
}

@Injectable()
export class GqlAuthGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (!requestOf(context).user) {
      throw new UnauthorizedException();
    }
    return true;
  }
}
`,
    },
    {
      name: 'GraphQL guard throwing 401',
      code: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

@Injectable()
export class GqlAuthGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { req } = GqlExecutionContext.create(context).getContext();
    if (!req.user) {
      throw new UnauthorizedException();
    }
    return true;
  }
}
`,
    },
    {
      name: 'guard header in a try whose catch swallows the error',
      code: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';

@Injectable()
export class AuthGuard implements CanActivate {
  async canActivate(context: ExecutionContext) {
    const res = context.switchToHttp().getResponse();
    try {
      res.header('WWW-Authenticate', 'Bearer');
      return await check(context);
    } catch {}
    throw new UnauthorizedException();
  }
}
`,
    },
    {
      name: 'interceptor writes the header before throwError',
      code: `import { CallHandler, ExecutionContext, Injectable, NestInterceptor, UnauthorizedException } from '@nestjs/common';
import { catchError, throwError } from 'rxjs';

@Injectable()
export class ExpiredTokenInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler) {
    return next.handle().pipe(
      catchError(() => {
        context.switchToHttp().getResponse().header('WWW-Authenticate', 'Bearer error="invalid_token"');
        return throwError(() => new UnauthorizedException());
      }),
    );
  }
}
`,
    },
    {
      name: 'interceptor writes the header before a throw',
      code: `import { CallHandler, ExecutionContext, Injectable, NestInterceptor, UnauthorizedException } from '@nestjs/common';

@Injectable()
export class SessionInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler) {
    const request = context.switchToHttp().getRequest();
    if (!request.session) {
      const response = context.switchToHttp().getResponse();
      response.header('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException();
    }
    return next.handle();
  }
}
`,
    },
    {
      // The filter adds the challenge to every UnauthorizedException it sends.
      name: 'exception filter that writes the challenge',
      code: `import { ArgumentsHost, Catch, Controller, ExceptionFilter, Post, UnauthorizedException, UseFilters } from '@nestjs/common';
import type { Response } from 'express';

@Catch(UnauthorizedException)
export class ChallengeFilter implements ExceptionFilter {
  catch(exception: UnauthorizedException, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    res.setHeader('WWW-Authenticate', 'Bearer realm="api"');
    res.status(exception.getStatus()).json({ title: 'Unauthorized' });
  }
}

@Controller('auth')
@UseFilters(ChallengeFilter)
export class AuthController {
  @Post('refresh')
  refresh(body: { token?: string }) {
    if (!body.token) {
      throw new UnauthorizedException('Refresh token missing');
    }
    return {};
  }
}
`,
    },
    {
      name: 'Header decorator on the route handler',
      code: `import { Controller, Get, Header, Req, UnauthorizedException } from '@nestjs/common';

@Controller('me')
export class MeController {
  @Get()
  @Header('WWW-Authenticate', 'Bearer realm="api"')
  me(@Req() req) {
    if (!req.user) {
      throw new UnauthorizedException();
    }
    return req.user;
  }
}
`,
    },
    {
      name: 'Header decorator with HttpCode(401)',
      code: `import { Controller, Header, HttpCode, HttpStatus, Post } from '@nestjs/common';

@Controller('session')
export class SessionController {
  @Post('expire')
  @HttpCode(HttpStatus.UNAUTHORIZED)
  @Header('WWW-Authenticate', 'Bearer error="invalid_token"')
  expire() {
    return { type: 'about:blank', title: 'Unauthorized', status: 401 };
  }
}
`,
    },
    {
      name: 'guard writes the header before the throw',
      code: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';

@Injectable()
export class TokenGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const request = http.getRequest();
    const response = http.getResponse();
    if (!request.headers.authorization) {
      response.setHeader('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException();
    }
    return true;
  }
}
`,
    },
    {
      name: 'passthrough response with the header before the throw',
      code: `import { Controller, Get, Req, Res, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';

@Controller('me')
export class MeController {
  @Get()
  me(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    if (!req.user) {
      res.set('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException();
    }
    return req.user;
  }
}
`,
    },
    {
      name: 'header name from a variable',
      code: `import { Controller, Get, Header, Req, UnauthorizedException } from '@nestjs/common';
import { CHALLENGE_HEADER } from './headers';

@Controller('me')
export class MeController {
  @Get()
  @Header(CHALLENGE_HEADER, 'Bearer')
  me(@Req() req) {
    if (!req.user) {
      throw new UnauthorizedException();
    }
    return req.user;
  }
}
`,
    },
    {
      name: 'thrown errors ignored by option',
      options: [{ ignoreThrownErrors: true }],
      code: `import { Controller, Get, Req, UnauthorizedException } from '@nestjs/common';

@Controller('me')
export class MeController {
  @Get()
  me(@Req() req) {
    if (!req.user) {
      throw new UnauthorizedException();
    }
    return req.user;
  }
}
`,
    },
    {
      name: 'HttpCode(401) ignored with a response injected without passthrough',
      code: `import { Controller, Get, Header, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';

@Controller('legacy')
export class LegacyController {
  @Get()
  @HttpCode(401)
  legacy(@Res() res: Response) {
    res.set('WWW-Authenticate', 'Bearer').status(401).end();
  }
}
`,
    },
    {
      name: 'HttpException with a status from a variable',
      code: `import { Controller, Get, HttpException } from '@nestjs/common';

@Controller('proxy')
export class ProxyController {
  @Get()
  async proxy() {
    const upstream = await fetch('http://127.0.0.1:9/');
    throw new HttpException('Upstream failed', upstream.status);
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'mixed guard through a helper',
      code: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

function requestOf(context: ExecutionContext) {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
  return context.switchToHttp().getRequest();
}

@Injectable()
export class JwtGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (!requestOf(context).headers.authorization) {
      throw new UnauthorizedException();
    }
    return true;
  }
}
`,
      output: null,
      errors: [{ messageId: 'missingChallenge', line: 13, column: 13, endLine: 13, endColumn: 40, suggestions: [] }],
    },
    {
      name: 'guard for HTTP and GraphQL',
      code: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

@Injectable()
export class SessionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request =
      context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getContext().req : context.switchToHttp().getRequest();
    if (!request.user) {
      throw new UnauthorizedException();
    }
    return true;
  }
}
`,
      // On a GraphQL request, the header fix would call header() on the resolver's arguments.
      output: null,
      errors: [{ messageId: 'missingChallenge', line: 10, column: 13, endLine: 10, endColumn: 40, suggestions: [] }],
    },
    {
      name: 'UnauthorizedException in a route handler',
      code: `import { Controller, Get, Req, UnauthorizedException } from '@nestjs/common';

@Controller('me')
export class MeController {
  @Get()
  me(@Req() req) {
    if (!req.user) {
      throw new UnauthorizedException();
    }
    return req.user;
  }
}
`,
      output: `import { Controller, Get, Req, UnauthorizedException, Header } from '@nestjs/common';

@Controller('me')
export class MeController {
  @Get()
  @Header('WWW-Authenticate', 'Bearer')
  me(@Req() req) {
    if (!req.user) {
      throw new UnauthorizedException();
    }
    return req.user;
  }
}
`,
      errors: [{ messageId: 'missingChallenge', data: { challenge: 'Bearer' }, line: 8, column: 13, endLine: 8, endColumn: 40 }],
    },
    {
      // An import list written one name per line gets the new name on a line of its own.
      name: 'UnauthorizedException with a multi-line import',
      code: `import {
  Controller,
  Get,
  UnauthorizedException,
} from '@nestjs/common';

@Controller('orders')
export class OrdersController {
  @Get()
  list(@Session() session) {
    if (!session.userId) {
      throw new UnauthorizedException();
    }
    return [];
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          data: { challenge: 'Bearer' },
          line: 12,
          column: 13,
          endLine: 12,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'addChallenge',
              data: { challenge: 'Bearer' },
              output: `import {
  Controller,
  Get,
  UnauthorizedException,
  Header,
} from '@nestjs/common';

@Controller('orders')
export class OrdersController {
  @Get()
  @Header('WWW-Authenticate', 'Bearer')
  list(@Session() session) {
    if (!session.userId) {
      throw new UnauthorizedException();
    }
    return [];
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'aliased Header import and a configured challenge',
      options: [{ challenge: 'Bearer realm="api"' }],
      code: `import { Controller, Get, Header as SetHeader, Post, UnauthorizedException } from '@nestjs/common';

@Controller('tokens')
export class TokensController {
  @Get()
  @SetHeader('Cache-Control', 'no-store')
  list() {
    return [];
  }

  @Post('refresh')
  refresh() {
    throw new UnauthorizedException('Refresh token expired');
  }
}
`,
      output: `import { Controller, Get, Header as SetHeader, Post, UnauthorizedException } from '@nestjs/common';

@Controller('tokens')
export class TokensController {
  @Get()
  @SetHeader('Cache-Control', 'no-store')
  list() {
    return [];
  }

  @Post('refresh')
  @SetHeader('WWW-Authenticate', 'Bearer realm="api"')
  refresh() {
    throw new UnauthorizedException('Refresh token expired');
  }
}
`,
      errors: [{ messageId: 'missingChallenge', data: { challenge: 'Bearer realm="api"' }, line: 13, column: 11, endLine: 13, endColumn: 61 }],
    },
    {
      name: 'HttpCode(401) on a handler that returns a body',
      code: `import { Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';

@Controller('session')
export class SessionController {
  @Post('expire')
  @HttpCode(HttpStatus.UNAUTHORIZED)
  expire() {
    return { type: 'about:blank', title: 'Unauthorized', status: 401 };
  }
}
`,
      output: `import { Controller, HttpCode, HttpStatus, Post, Header } from '@nestjs/common';

@Controller('session')
export class SessionController {
  @Post('expire')
  @HttpCode(HttpStatus.UNAUTHORIZED)
  @Header('WWW-Authenticate', 'Bearer')
  expire() {
    return { type: 'about:blank', title: 'Unauthorized', status: 401 };
  }
}
`,
      errors: [{ messageId: 'missingChallenge', line: 6, column: 13, endLine: 6, endColumn: 36 }],
    },
    {
      name: 'guard throws UnauthorizedException',
      code: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';

@Injectable()
export class TokenGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (!request.headers.authorization) {
      throw new UnauthorizedException();
    }
    return true;
  }
}
`,
      output: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';

@Injectable()
export class TokenGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (!request.headers.authorization) {
      context.switchToHttp().getResponse().header('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException();
    }
    return true;
  }
}
`,
      errors: [{ messageId: 'missingChallenge', line: 8, column: 13, endLine: 8, endColumn: 40 }],
    },
    {
      name: 'guard throws in an if without braces',
      code: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';

@Injectable()
export class TokenGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (!request.headers.authorization) throw new UnauthorizedException();
    return true;
  }
}
`,
      output: null,
      errors: [{ messageId: 'missingChallenge', line: 7, column: 47, endLine: 7, endColumn: 74, suggestions: [] }],
    },
    {
      name: 'guard whose context parameter is shadowed',
      code: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';

@Injectable()
export class TokenGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    return [context.switchToHttp().getRequest()].every((context) => {
      if (!context.headers.authorization) {
        throw new UnauthorizedException();
      }
      return true;
    });
  }
}
`,
      output: null,
      errors: [{ messageId: 'missingChallenge', line: 8, column: 15, endLine: 8, endColumn: 42, suggestions: [] }],
    },
    {
      name: 'passport AuthGuard handleRequest with a context parameter',
      code: `import { ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  handleRequest(err, user, info, context: ExecutionContext) {
    if (err || !user) {
      throw err || new UnauthorizedException();
    }
    return user;
  }
}
`,
      output: `import { ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  handleRequest(err, user, info, context: ExecutionContext) {
    if (err || !user) {
      context.switchToHttp().getResponse().header('WWW-Authenticate', 'Bearer');
      throw err || new UnauthorizedException();
    }
    return user;
  }
}
`,
      errors: [{ messageId: 'missingChallenge', line: 8, column: 20, endLine: 8, endColumn: 47 }],
    },
    {
      name: 'passport AuthGuard handleRequest without a context parameter',
      code: `import { Injectable, UnauthorizedException } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  handleRequest(err, user) {
    if (err || !user) {
      throw err || new UnauthorizedException();
    }
    return user;
  }
}
`,
      output: null,
      errors: [{ messageId: 'missingChallenge', line: 8, column: 20, endLine: 8, endColumn: 47, suggestions: [] }],
    },
    {
      name: 'service throws UnauthorizedException',
      code: `import { Injectable, UnauthorizedException } from '@nestjs/common';

@Injectable()
export class AuthService {
  constructor(private readonly users: UsersService) {}

  async signIn(username: string, password: string) {
    const user = await this.users.findOne(username);
    if (user?.password !== password) {
      throw new UnauthorizedException();
    }
    return user;
  }
}
`,
      output: null,
      errors: [{ messageId: 'missingChallenge', line: 10, column: 13, endLine: 10, endColumn: 40, suggestions: [] }],
    },
    {
      name: 'route handler with a Basic scheme is a suggestion',
      code: `import { Controller, Get, Headers, UnauthorizedException } from '@nestjs/common';

@Controller('metrics')
export class MetricsController {
  @Get()
  metrics(@Headers('authorization') authorization: string) {
    if (!authorization?.startsWith('Basic ')) {
      throw new UnauthorizedException();
    }
    return {};
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingChallenge',
          line: 8,
          column: 13,
          endLine: 8,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'addChallenge',
              output: `import { Controller, Get, Headers, UnauthorizedException, Header } from '@nestjs/common';

@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('WWW-Authenticate', 'Basic realm="Restricted"')
  metrics(@Headers('authorization') authorization: string) {
    if (!authorization?.startsWith('Basic ')) {
      throw new UnauthorizedException();
    }
    return {};
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'interceptor header in an earlier branch',
      code: `import { CallHandler, ExecutionContext, Injectable, NestInterceptor, UnauthorizedException } from '@nestjs/common';

@Injectable()
export class SessionInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler) {
    const request = context.switchToHttp().getRequest();
    if (request.session?.expired) {
      context.switchToHttp().getResponse().header('WWW-Authenticate', 'Bearer error="invalid_token"');
      throw new UnauthorizedException();
    }
    if (!request.user) {
      throw new UnauthorizedException();
    }
    return next.handle();
  }
}
`,
      errors: [{ messageId: 'missingChallenge', line: 12 }],
    },
    {
      name: 'interceptor throws without the header',
      code: `import { CallHandler, ExecutionContext, Injectable, NestInterceptor, UnauthorizedException } from '@nestjs/common';

@Injectable()
export class SessionInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler) {
    const request = context.switchToHttp().getRequest();
    if (!request.session) {
      throw new UnauthorizedException();
    }
    return next.handle();
  }
}
`,
      errors: [{ messageId: 'missingChallenge', line: 8, column: 13, endLine: 8, endColumn: 40 }],
    },
    {
      name: 'rxjs throwError in an interceptor-style handler',
      code: `import { Controller, Get, Header, Req, UnauthorizedException } from '@nestjs/common';
import { throwError } from 'rxjs';

@Controller('stream')
export class StreamController {
  @Get()
  @Header('Cache-Control', 'no-store')
  stream(@Req() req) {
    if (!req.user) {
      return throwError(() => new UnauthorizedException());
    }
    return [];
  }
}
`,
      output: `import { Controller, Get, Header, Req, UnauthorizedException } from '@nestjs/common';
import { throwError } from 'rxjs';

@Controller('stream')
export class StreamController {
  @Get()
  @Header('Cache-Control', 'no-store')
  @Header('WWW-Authenticate', 'Bearer')
  stream(@Req() req) {
    if (!req.user) {
      return throwError(() => new UnauthorizedException());
    }
    return [];
  }
}
`,
      errors: [{ messageId: 'missingChallenge', line: 10, column: 31, endLine: 10, endColumn: 58 }],
    },
  ],
});

// ---------------------------------------------------------------------------
// require-problem-details

typescript.run('nest: require-problem-details', requireProblemDetails, {
  valid: [
    {
      name: 'thrown exceptions without checkThrownErrors',
      code: `import { Controller, Get, NotFoundException, Param } from '@nestjs/common';

@Controller('items')
export class ItemsController {
  @Get(':id')
  find(@Param('id') id: string) {
    throw new NotFoundException(\`Item \${id} not found\`);
  }
}
`,
    },
    {
      name: 'HttpCode with a problem content type',
      code: `import { Controller, Header, HttpCode, Post } from '@nestjs/common';

@Controller('orders')
export class OrdersController {
  @Post()
  @HttpCode(409)
  @Header('Content-Type', 'application/problem+json; charset=utf-8')
  create() {
    return { type: 'https://example.com/probs/duplicate', title: 'Conflict', status: 409 };
  }
}
`,
    },
    {
      name: 'HttpCode for a success status',
      code: `import { Controller, HttpCode, Post } from '@nestjs/common';

@Controller('jobs')
export class JobsController {
  @Post()
  @HttpCode(202)
  enqueue() {
    return { error: 'none' };
  }
}
`,
    },
    {
      name: 'HttpCode with a body the rule cannot see',
      code: `import { Controller, HttpCode, Post } from '@nestjs/common';

@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Post()
  @HttpCode(422)
  enqueue() {
    return this.jobs.rejection();
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'built-in exception with checkThrownErrors',
      options: THROWN,
      code: `import { Controller, Get, NotFoundException, Param } from '@nestjs/common';

@Controller('items')
export class ItemsController {
  @Get(':id')
  find(@Param('id') id: string) {
    throw new NotFoundException(\`Item \${id} not found\`);
  }
}
`,
      errors: [{ messageId: 'thrownErrorBody', data: { status: '404' }, line: 7, column: 33, endLine: 7, endColumn: 55 }],
    },
    {
      name: 'exception without an argument with checkThrownErrors',
      options: THROWN,
      code: `import { BadRequestException, Controller, Post } from '@nestjs/common';

@Controller('uploads')
export class UploadsController {
  @Post()
  upload() {
    throw new BadRequestException();
  }
}
`,
      errors: [{ messageId: 'thrownErrorBody', data: { status: '400' }, line: 7, column: 11, endLine: 7, endColumn: 36 }],
    },
    {
      name: 'guard return false with checkThrownErrors',
      options: THROWN,
      code: `import { CanActivate, Injectable } from '@nestjs/common';

@Injectable()
export class ClosedGuard implements CanActivate {
  canActivate(): boolean {
    return false;
  }
}
`,
      errors: [{ messageId: 'thrownErrorBody', data: { status: '403' }, line: 6, column: 5, endLine: 6, endColumn: 18 }],
    },
    {
      name: 'HttpCode with an error body',
      code: `import { Controller, HttpCode, Post } from '@nestjs/common';

@Controller('orders')
export class OrdersController {
  @Post()
  @HttpCode(409)
  create() {
    return { error: 'Order already exists' };
  }
}
`,
      errors: [
        {
          messageId: 'notProblemDetails',
          data: { status: '409' },
          line: 8,
          column: 12,
          endLine: 8,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'rewriteAsProblemDetails',
              output: `import { Controller, HttpCode, Post, Header } from '@nestjs/common';

@Controller('orders')
export class OrdersController {
  @Post()
  @HttpCode(409)
  @Header('Content-Type', 'application/problem+json')
  create() {
    return { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Order already exists' };
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'HttpCode with a problem object sent as JSON',
      code: `import { Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';

@Controller('orders')
export class OrdersController {
  @Post()
  @HttpCode(HttpStatus.CONFLICT)
  create() {
    return { type: 'https://example.com/probs/duplicate', title: 'Conflict', status: 409 };
  }
}
`,
      errors: [
        {
          messageId: 'wrongContentType',
          data: { contentType: 'application/json' },
          line: 8,
          column: 12,
          endLine: 8,
          endColumn: 91,
          suggestions: [
            {
              messageId: 'setProblemContentType',
              output: `import { Controller, HttpCode, HttpStatus, Post, Header } from '@nestjs/common';

@Controller('orders')
export class OrdersController {
  @Post()
  @HttpCode(HttpStatus.CONFLICT)
  @Header('Content-Type', 'application/problem+json')
  create() {
    return { type: 'https://example.com/probs/duplicate', title: 'Conflict', status: 409 };
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'HttpCode with an explicit JSON content type',
      options: [{ contentTypeFix: 'autofix' }],
      code: `import { Controller, Header, HttpCode, Post } from '@nestjs/common';

@Controller('orders')
export class OrdersController {
  @Post()
  @HttpCode(409)
  @Header('Content-Type', 'application/json')
  create() {
    return { title: 'Conflict', status: 409 };
  }
}
`,
      output: `import { Controller, Header, HttpCode, Post } from '@nestjs/common';

@Controller('orders')
export class OrdersController {
  @Post()
  @HttpCode(409)
  @Header('Content-Type', 'application/problem+json')
  create() {
    return { title: 'Conflict', status: 409 };
  }
}
`,
      errors: [{ messageId: 'wrongContentType', data: { contentType: 'application/json' }, line: 9, column: 12, endLine: 9, endColumn: 46 }],
    },
    {
      name: 'HttpCode with a text body',
      code: `import { Controller, HttpCode, Post } from '@nestjs/common';

@Controller('orders')
export class OrdersController {
  @Post()
  @HttpCode(409)
  create() {
    return 'Order already exists';
  }
}
`,
      errors: [{ messageId: 'textBody', data: { status: '409' }, line: 8, column: 12, endLine: 8, endColumn: 34 }],
    },
  ],
});

// ---------------------------------------------------------------------------
// Response objects: an injected @Res() and an exception filter's response

typescript.run('nest: @Res() and filters, require-www-authenticate', requireWwwAuthenticate, {
  valid: [
    {
      name: 'untyped @Res() with no platform-specific method',
      code: `import { Controller, Get, HttpStatus, Res } from '@nestjs/common';

@Controller('me')
export class MeController {
  @Get()
  me(@Res() res) {
    return res.status(HttpStatus.UNAUTHORIZED).send();
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'typed @Res() as the only parameter',
      code: `import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';

@Controller('me')
export class MeController {
  @Get()
  me(@Res() res: Response) {
    return res.status(HttpStatus.UNAUTHORIZED).json({ message: 'Sign in' });
  }
}
`,
      output: `import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';

@Controller('me')
export class MeController {
  @Get()
  me(@Res() res: Response) {
    return res.set('WWW-Authenticate', 'Bearer').status(HttpStatus.UNAUTHORIZED).json({ message: 'Sign in' });
  }
}
`,
      errors: [{ messageId: 'missingChallenge', line: 8, column: 23, endLine: 8, endColumn: 46 }],
    },
  ],
});

typescript.run('nest: @Res() and filters, no-403-for-unauthenticated', no403ForUnauthenticated, {
  valid: [],
  invalid: [
    {
      name: 'untyped @Res() that calls json',
      code: `import { Controller, Get, HttpStatus, Req, Res } from '@nestjs/common';

@Controller('me')
export class MeController {
  @Get()
  me(@Req() req, @Res() res) {
    if (!req.user) {
      return res.status(HttpStatus.FORBIDDEN).json({ message: 'Sign in' });
    }
    return res.json(req.user);
  }
}
`,
      errors: [
        {
          messageId: 'forbiddenWithoutIdentity',
          line: 8,
          column: 25,
          endLine: 8,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'sendUnauthorizedInstead',
              data: { challenge: 'Bearer', review: '' },
              output: `import { Controller, Get, HttpStatus, Req, Res } from '@nestjs/common';

@Controller('me')
export class MeController {
  @Get()
  me(@Req() req, @Res() res) {
    if (!req.user) {
      return res.set('WWW-Authenticate', 'Bearer').status(HttpStatus.UNAUTHORIZED).json({ message: 'Sign in' });
    }
    return res.json(req.user);
  }
}
`,
            },
          ],
        },
      ],
    },
  ],
});

typescript.run('nest: @Res() and filters, require-problem-details', requireProblemDetails, {
  valid: [
    {
      name: 'filter that sends problem details',
      code: `import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';

@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const ctx = host.switchToHttp();
    const response: Response = ctx.getResponse();
    const status = exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    response.status(status).type('application/problem+json').json({ type: 'about:blank', title: 'Error', status });
  }
}
`,
    },
    {
      name: 'getResponse outside a filter',
      code: `import { Injectable } from '@nestjs/common';
import type { Response } from 'express';

@Injectable()
export class Responder {
  send(host, status: number) {
    const response: Response = host.switchToHttp().getResponse();
    response.status(status).json({ message: 'failed' });
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'filter that sends the caught status with an ad-hoc body',
      code: `import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';

@Catch(HttpException)
export class HttpErrorFilter implements ExceptionFilter {
  catch(exception: HttpException, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    const status = exception.getStatus();
    response.status(status).json({ statusCode: status, message: exception.message });
  }
}
`,
      errors: [{ messageId: 'notProblemDetails', data: { status: 'error' }, line: 9, column: 34, endLine: 9, endColumn: 84 }],
    },
    {
      name: 'catch-all filter with a ternary status',
      code: `import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';

@Catch()
export class AllErrorsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const ctx = host.switchToHttp();
    const response = ctx.getResponse<Response>();
    const status = exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    response.status(status).json({ statusCode: status, timestamp: new Date().toISOString() });
  }
}
`,
      errors: [{ messageId: 'notProblemDetails', data: { status: 'error' }, line: 10, column: 34, endLine: 10, endColumn: 93 }],
    },
  ],
});

// ---------------------------------------------------------------------------
// JavaScript: Nest's exceptions through require()

javascript.run('nest: JavaScript, no-401-for-forbidden', no401ForForbidden, {
  valid: [
    {
      name: 'UnauthorizedException without a user',
      code: `const { UnauthorizedException } = require('@nestjs/common');

function assertSignedIn(request) {
  if (!request.user) {
    throw new UnauthorizedException();
  }
}
module.exports = { assertSignedIn };
`,
    },
  ],
  invalid: [
    {
      name: 'destructured require after a role check',
      code: `const { UnauthorizedException } = require('@nestjs/common');

class ReportsService {
  assertCanExport(request) {
    if (!request.user.roles.includes('admin')) {
      throw new UnauthorizedException('Admins only');
    }
  }
}
module.exports = { ReportsService };
`,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 6,
          column: 13,
          endLine: 6,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `const { UnauthorizedException, ForbiddenException } = require('@nestjs/common');

class ReportsService {
  assertCanExport(request) {
    if (!request.user.roles.includes('admin')) {
      throw new ForbiddenException('Admins only');
    }
  }
}
module.exports = { ReportsService };
`,
            },
          ],
        },
      ],
    },
    {
      name: 'namespace require after a role check',
      code: `const common = require('@nestjs/common');

function assertAdmin(request) {
  if (!request.user.isAdmin) {
    throw new common.UnauthorizedException();
  }
}
module.exports = { assertAdmin };
`,
      errors: [
        {
          messageId: 'unauthorizedForPermission',
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'sendForbiddenInstead',
              output: `const common = require('@nestjs/common');

function assertAdmin(request) {
  if (!request.user.isAdmin) {
    throw new common.ForbiddenException();
  }
}
module.exports = { assertAdmin };
`,
            },
          ],
        },
      ],
    },
  ],
});

javascript.run('nest: JavaScript, require-www-authenticate', requireWwwAuthenticate, {
  valid: [],
  invalid: [
    {
      name: 'helper function throws UnauthorizedException',
      code: `const { UnauthorizedException } = require('@nestjs/common');

function assertSignedIn(request) {
  if (!request.user) {
    throw new UnauthorizedException();
  }
}
module.exports = { assertSignedIn };
`,
      output: null,
      errors: [{ messageId: 'missingChallenge', line: 5, column: 11, endLine: 5, endColumn: 38, suggestions: [] }],
    },
  ],
});
