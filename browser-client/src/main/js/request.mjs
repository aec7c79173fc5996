// Request and Response as middleware sees them (Jitar's API): headers with lower-case names,
// arguments by parameter name; an argument named '*x' fills parameter x whatever the caller sent.

class Headers {
    static get(headers, name) { return headers.get(String(name).toLowerCase()); }
    static set(headers, name, value) { headers.set(String(name).toLowerCase(), String(value)); }
    static has(headers, name) { return headers.has(String(name).toLowerCase()); }
    static remove(headers, name) { headers.delete(String(name).toLowerCase()); }
}

export class Request {
    constructor(fqn, version, args = new Map(), headers = new Map(), mode = 'normal') {
        this.fqn = fqn;
        this.version = version;
        this.args = args;
        this.headers = headers;
        this.mode = mode;
    }

    setArgument(name, value) { this.args.set(name, value); }
    getArgument(name) { return this.args.get(name); }
    hasArgument(name) { return this.args.has(name); }
    removeArgument(name) { this.args.delete(name); }

    setHeader(name, value) { Headers.set(this.headers, name, value); }
    getHeader(name) { return Headers.get(this.headers, name); }
    hasHeader(name) { return Headers.has(this.headers, name); }
    removeHeader(name) { Headers.remove(this.headers, name); }
}

export class Response {
    constructor(status = 200, result = undefined, headers = new Map()) {
        this.status = status;
        this.result = result;
        this.headers = headers;
    }

    setHeader(name, value) { Headers.set(this.headers, name, value); }
    getHeader(name) { return Headers.get(this.headers, name); }
    hasHeader(name) { return Headers.has(this.headers, name); }
    removeHeader(name) { Headers.remove(this.headers, name); }
}
