// A bounded pool: at most `limit` tasks run at once; the others wait in order of arrival.

export class Pool {
    #limit;
    #active = 0;
    #waiting = [];

    constructor(limit) {
        this.#limit = limit;
    }

    get active() {
        return this.#active;
    }

    get queued() {
        return this.#waiting.length;
    }

    /** A new limit applies as places free up; tasks already running are not interrupted. */
    resize(limit) {
        this.#limit = limit;
        this.#drain();
    }

    /** Runs task() when a place is free; resolves or rejects as the task's promise does. */
    run(task) {
        return new Promise((resolve, reject) => {
            this.#waiting.push({ task, resolve, reject });
            this.#drain();
        });
    }

    #drain() {
        while (this.#active < this.#limit && this.#waiting.length > 0) {
            const { task, resolve, reject } = this.#waiting.shift();
            this.#active++;
            Promise.resolve()
                .then(task)
                .finally(() => {
                    this.#active--;
                    this.#drain();
                })
                .then(resolve, reject);
        }
    }
}
