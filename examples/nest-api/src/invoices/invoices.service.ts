import { Injectable } from '@nestjs/common';

export interface Invoice {
  id: string;
  ownerId: string;
  total: number;
}

/** An in-memory invoice store. */
@Injectable()
export class InvoicesService {
  private readonly invoices = new Map<string, Invoice>([['inv-1', { id: 'inv-1', ownerId: 'user-1', total: 120 }]]);

  find(id: string): Invoice | undefined {
    return this.invoices.get(id);
  }

  remove(id: string): void {
    this.invoices.delete(id);
  }
}
