import { Router, type Request, type Response } from 'express';
import { Post } from '../models/post';
import { requireUser } from '../middleware/require-user';

export const posts = Router();

posts.patch('/posts/:id', requireUser, async (req: Request, res: Response) => {
  const post = await Post.findById(req.params.id);
  if (!post) {
    return res.status(404).json({ error: 'Post not found' }); // expect: require-problem-details
  }
  if (post.authorId !== req.user.id) {
    return res.status(401).json({ error: 'You can only edit your own posts' }); // expect: no-401-for-forbidden, require-problem-details
  }
  await post.updateOne(req.body);
  res.json(post);
});

posts.delete('/posts/:id', requireUser, async (req: Request, res: Response) => {
  const post = await Post.findById(req.params.id);
  // Someone else's post answers 404, so its existence stays hidden.
  if (!post || post.authorId !== req.user.id) {
    return res.status(404).end();
  }
  await post.deleteOne();
  res.status(204).end();
});
