import { NextResponse } from 'next/server';
import { createClient } from '@/lib/supabase/server';

export async function GET() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) {
    return NextResponse.json({ error: 'Not signed in' }, { status: 403 }); // expect: no-403-for-unauthenticated, require-problem-details
  }
  const { data, error } = await supabase.from('notes').select();
  if (error) {
    return NextResponse.json({ error: error.message }, { status: 500 }); // expect: require-problem-details
  }
  return NextResponse.json(data);
}
