/** The identity that the auth middleware stores on the context. */
export interface User {
  id: string;
  roles: string[];
}

export type Env = {
  Variables: {
    user: User;
  };
};

export const JWT_SECRET = process.env.JWT_SECRET ?? 'change-me';
