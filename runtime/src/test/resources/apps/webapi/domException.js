export async function describe(message, name) {
    const error = new DOMException(message, name);
    return {
        name: error.name, message: error.message, code: error.code,
        isError: error instanceof Error, abortErr: DOMException.ABORT_ERR,
        text: String(error)
    };
}

export async function withCause() {
    const cause = new Error('root');
    const error = new DOMException('outer', { name: 'DataCloneError', cause });
    return { name: error.name, code: error.code, sameCause: error.cause === cause, defaults: new DOMException().name };
}
