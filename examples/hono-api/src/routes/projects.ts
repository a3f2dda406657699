import { Hono } from 'hono';

import type { Env } from '../env';

interface Project {
  id: string;
  ownerId: string;
  name: string;
}

const projects = new Map<string, Project>([['p1', { id: 'p1', ownerId: 'u1', name: 'Launch' }]]);

export const projectRoutes = new Hono<Env>();

projectRoutes.get('/:id', (c) => {
  const project = projects.get(c.req.param('id'));
  if (!project) {
    return c.json(
      { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No such project.' },
      { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
    );
  }

  const user = c.get('user');
  if (project.ownerId !== user.id) {
    return c.json({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'This project belongs to someone else.' }, 401);
  }
  return c.json(project);
});

projectRoutes.delete('/:id', (c) => {
  const user = c.get('user');
  if (!user.roles.includes('admin')) {
    c.status(401);
    return c.text('admin only');
  }
  projects.delete(c.req.param('id'));
  return c.body(null, 204);
});
