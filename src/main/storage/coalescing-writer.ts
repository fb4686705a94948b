/**
 * One writer per file, with coalescing: while a write of a file is running, later writes of the
 * same file wait; if several pile up, only the newest runs and every waiter gets its result.
 * A caller's promise resolves only once a write at least as new as its own is on disk.
 */
export class CoalescingWriter {
  private readonly slots = new Map<string, Slot>()

  /** Queues `job` (which writes `key`'s whole content) behind the running write of that key. */
  write<T>(key: string, job: () => Promise<T>): Promise<T> {
    let slot = this.slots.get(key)
    if (!slot) {
      slot = { running: null, pending: null }
      this.slots.set(key, slot)
    }
    return new Promise<T>((resolve, reject) => {
      const current = slot as Slot
      const waiter = { resolve: resolve as (value: unknown) => void, reject }
      if (current.pending) {
        current.pending.job = job
        current.pending.waiters.push(waiter)
      } else {
        current.pending = { job, waiters: [waiter] }
      }
      if (!current.running) this.drain(key, current)
    })
  }

  /** True while a write of `key` is running or queued. */
  isBusy(key: string): boolean {
    return this.slots.has(key)
  }

  /** Resolves once no write of `key` is running or queued. */
  async idle(key: string): Promise<void> {
    for (let slot = this.slots.get(key); slot?.running; slot = this.slots.get(key)) await slot.running
  }

  /** Resolves when every queued write has finished (failed ones included). */
  async flush(): Promise<void> {
    while (true) {
      const running = [...this.slots.values()].map((slot) => slot.running).filter((p): p is Promise<void> => p !== null)
      if (running.length === 0) return
      await Promise.all(running)
    }
  }

  private drain(key: string, slot: Slot): void {
    const next = slot.pending
    if (!next) {
      slot.running = null
      this.slots.delete(key)
      return
    }
    slot.pending = null
    slot.running = next.job().then(
      (value) => { for (const waiter of next.waiters) waiter.resolve(value) },
      (error: unknown) => { for (const waiter of next.waiters) waiter.reject(error) }
    ).then(() => this.drain(key, slot))
  }
}

interface Waiter {
  resolve(value: unknown): void
  reject(error: unknown): void
}

interface Slot {
  running: Promise<void> | null
  pending: { job: () => Promise<unknown>; waiters: Waiter[] } | null
}
