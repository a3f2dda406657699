import { Router, type Response } from 'express';
import { Project } from '../models/project';

const unauthorized = (res: Response) =>
  res
    .status(401)
    .set('WWW-Authenticate', 'Bearer realm="projects"')
    .type('application/problem+json')
    .json({ type: 'about:blank', title: 'Unauthorized', status: 401 });

const forbidden = (res: Response) =>
  res.status(403).type('application/problem+json').json({ type: 'about:blank', title: 'Forbidden', status: 403 });

export const projects = Router();

projects.get('/projects/:id', async (req, res) => {
  if (!req.user) return forbidden(res); // expect: no-403-for-unauthenticated
  const project = await Project.findById(req.params.id);
  if (!project) return res.status(404).end();
  if (project.ownerId !== req.user.id) return unauthorized(res); // expect: no-401-for-forbidden
  res.json(project);
});

projects.get('/projects/:id/members', async (req, res) => {
  if (!req.user) return unauthorized(res);
  const project = await Project.findById(req.params.id);
  if (!project || project.ownerId !== req.user.id) return forbidden(res);
  res.json(project.members);
});
