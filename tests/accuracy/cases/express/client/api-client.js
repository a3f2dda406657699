// Browser-side wrapper around fetch used by the admin UI.
export async function apiFetch(path, options = {}) {
  const response = await fetch(`/api${path}`, { credentials: 'include', ...options });
  if (response.status === 401) {
    window.location.assign('/login?next=' + encodeURIComponent(window.location.pathname));
    return null;
  }
  if (response.status === 403) {
    throw new Error('You do not have access to this page');
  }
  if (!response.ok) {
    throw new Error(`Request failed with status ${response.status}`);
  }
  return response.json();
}
