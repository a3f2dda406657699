import { NextResponse } from 'next/server';
import { findArticle } from '@/lib/articles';

const PROBLEM = { 'Content-Type': 'application/problem+json' };

export async function GET(request: Request) {
  const slug = new URL(request.url).searchParams.get('slug');
  if (!slug) {
    return Response.json({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'slug is required' }, { status: 400, headers: PROBLEM });
  }
  const article = await findArticle(slug);
  if (!article) {
    return NextResponse.json({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404, headers: PROBLEM });
  }
  if (article.embargoed) {
    return Response.json(
      { errors: [{ status: '451', title: 'Unavailable For Legal Reasons' }] },
      { status: 451, headers: { 'Content-Type': 'application/vnd.api+json' } },
    );
  }
  return Response.json(article);
}
