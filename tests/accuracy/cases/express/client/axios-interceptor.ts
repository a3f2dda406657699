import axios, { AxiosError } from 'axios';
import { refreshAccessToken } from './session';

export const api = axios.create({ baseURL: '/api' });

api.interceptors.response.use(
  (response) => response,
  async (error: AxiosError) => {
    const original = error.config as (typeof error.config & { retried?: boolean }) | undefined;
    if (error.response?.status === 401 && original && !original.retried) {
      original.retried = true;
      const token = await refreshAccessToken();
      original.headers.Authorization = `Bearer ${token}`;
      return api(original);
    }
    if (error.response?.status === 403) {
      console.warn('Forbidden:', error.response.data);
    }
    return Promise.reject(error);
  },
);
