/** The claims that AuthGuard puts on the request. */
declare global {
  namespace Express {
    interface Request {
      user?: { id: string; roles: string[] };
    }
  }
}

export {};
