'use client';

import { useRouter } from 'next/navigation';
import { useCallback } from 'react';

// Client hook: sends the user to the login page when the API answers 401.
export function useApi() {
  const router = useRouter();
  return useCallback(
    async (path: string, init?: RequestInit) => {
      const res = await fetch(path, init);
      if (res.status === 401) {
        router.push('/login');
        return undefined;
      }
      if (res.status === 403) {
        router.push('/no-access');
        return undefined;
      }
      return res.json();
    },
    [router],
  );
}
