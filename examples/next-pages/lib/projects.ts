export interface Project {
  id: string;
  ownerEmail: string;
  name: string;
}

// An in-memory project store.
const projects = new Map<string, Project>([['1', { id: '1', ownerEmail: 'alice@example.com', name: 'Apollo' }]]);

export function findProject(id: string): Project | undefined {
  return projects.get(id);
}
