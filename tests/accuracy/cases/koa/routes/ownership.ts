import Router from '@koa/router';
import { Album } from '../models/album';

export const albums = new Router();

albums.delete('/albums/:id', async (ctx) => {
  const album = await Album.findById(ctx.params.id);
  if (!album) {
    ctx.throw(404);
  }
  if (album.ownerId !== ctx.state.user.id) {
    ctx.throw(403, 'Not your album');
  }
  await album.remove();
  ctx.status = 204;
});
