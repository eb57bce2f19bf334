import type { Logger } from 'pino';
import { errorFields } from './log.js';

/**
 * Work that runs after a turn has answered (proactive messages). Tracked so that a graceful
 * shutdown waits for it; failures are logged by code only.
 */
export interface TaskTracker {
  later(name: string, task: () => Promise<void>): void;
  drain(): Promise<void>;
}

export function createTaskTracker(log: Logger): TaskTracker {
  const running = new Set<Promise<void>>();
  return {
    later(name, task) {
      const p: Promise<void> = Promise.resolve()
        .then(task)
        .catch((err: unknown) => {
          log.error({ event: 'task.failed', task: name, ...errorFields(err) }, 'background task failed');
        })
        .finally(() => running.delete(p));
      running.add(p);
    },
    async drain() {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}
