// DOMException (WebIDL): the error class the web APIs throw (AbortError, InvalidCharacterError, ...).
(function (host) {
    'use strict';

    // Legacy codes of the names that have one, with their constant names, as WebIDL lists them.
    const LEGACY = [
        ['IndexSizeError', 1, 'INDEX_SIZE_ERR'], ['HierarchyRequestError', 3, 'HIERARCHY_REQUEST_ERR'],
        ['WrongDocumentError', 4, 'WRONG_DOCUMENT_ERR'], ['InvalidCharacterError', 5, 'INVALID_CHARACTER_ERR'],
        ['NoModificationAllowedError', 7, 'NO_MODIFICATION_ALLOWED_ERR'], ['NotFoundError', 8, 'NOT_FOUND_ERR'],
        ['NotSupportedError', 9, 'NOT_SUPPORTED_ERR'], ['InvalidStateError', 11, 'INVALID_STATE_ERR'],
        ['SyntaxError', 12, 'SYNTAX_ERR'], ['InvalidModificationError', 13, 'INVALID_MODIFICATION_ERR'],
        ['NamespaceError', 14, 'NAMESPACE_ERR'], ['InvalidAccessError', 15, 'INVALID_ACCESS_ERR'],
        ['TypeMismatchError', 17, 'TYPE_MISMATCH_ERR'], ['SecurityError', 18, 'SECURITY_ERR'],
        ['NetworkError', 19, 'NETWORK_ERR'], ['AbortError', 20, 'ABORT_ERR'], ['URLMismatchError', 21, 'URL_MISMATCH_ERR'],
        ['QuotaExceededError', 22, 'QUOTA_EXCEEDED_ERR'], ['TimeoutError', 23, 'TIMEOUT_ERR'],
        ['InvalidNodeTypeError', 24, 'INVALID_NODE_TYPE_ERR'], ['DataCloneError', 25, 'DATA_CLONE_ERR']
    ];
    const CODES = Object.fromEntries(LEGACY.map(([name, code]) => [name, code]));

    class DOMException extends Error {
        #name;

        constructor(message = '', options = 'Error') {
            const isBag = options !== null && typeof options === 'object';
            super(String(message), isBag && 'cause' in options ? { cause: options.cause } : undefined);
            this.#name = isBag ? (options.name === undefined ? 'Error' : String(options.name)) : String(options);
        }

        get name() { return this.#name; }
        get code() { return CODES[this.#name] ?? 0; }
    }

    for (const [, code, constant] of LEGACY) {
        Object.defineProperty(DOMException, constant, { value: code, enumerable: true });
        Object.defineProperty(DOMException.prototype, constant, { value: code, enumerable: true });
    }
    Object.defineProperty(globalThis, 'DOMException', { value: DOMException, writable: true, configurable: true });
})
