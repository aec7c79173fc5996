// The basic URL parser, the URL serializer and the origin of the URL Standard (§4.4–§4.5). A URL
// record is { scheme, username, password, host, port, path, query, fragment }: host is serialized
// (url-host.js) or null, path is a list of segments or, for an opaque path, a string.
// One file past 300 lines: the parser is one state machine whose states share its variables and
// hand the input to each other by moving one pointer; split up, it would no longer read as the
// standard's algorithm, which is how it is checked. Defines no global.
(function (host) {
    'use strict';

    const { percent, hosts } = host;
    const SPECIAL = new Map([['ftp', 21], ['file', null], ['http', 80], ['https', 443], ['ws', 80], ['wss', 443]]);
    const EOF = -1;
    const TAB_OR_NEWLINE = /[\t\n\r]/g;
    const C0_OR_SPACE_AT_ENDS = /^[\0-\x20]+|[\0-\x20]+$/g;
    const [SPACE, HASH, PLUS, MINUS, DOT, SLASH, COLON, QUESTION, AT, BACKSLASH] =
        [0x20, 0x23, 0x2b, 0x2d, 0x2e, 0x2f, 0x3a, 0x3f, 0x40, 0x5c];

    // States; the URL setters start the parser in some of them ("state override").
    const SCHEME_START = 1, SCHEME = 2, NO_SCHEME = 3, SPECIAL_RELATIVE_OR_AUTHORITY = 4, PATH_OR_AUTHORITY = 5,
        RELATIVE = 6, RELATIVE_SLASH = 7, SPECIAL_AUTHORITY_SLASHES = 8, SPECIAL_AUTHORITY_IGNORE_SLASHES = 9,
        AUTHORITY = 10, HOST = 11, HOSTNAME = 12, PORT = 13, FILE = 14, FILE_SLASH = 15, FILE_HOST = 16,
        PATH_START = 17, PATH = 18, OPAQUE_PATH = 19, QUERY = 20, FRAGMENT = 21;

    const isAlpha = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    const isDigit = (c) => c >= 0x30 && c <= 0x39;
    const lower = (c) => String.fromCharCode(c >= 0x41 && c <= 0x5a ? c | 0x20 : c);
    const isWindowsDriveLetter = (s) => /^[A-Za-z][:|]$/.test(s);
    const isNormalizedWindowsDriveLetter = (s) => /^[A-Za-z]:$/.test(s);
    const isSingleDot = (s) => s === '.' || s.toLowerCase() === '%2e';
    const isDoubleDot = (s) => /^(\.|%2e)(\.|%2e)$/i.test(s);
    const hasOpaquePath = (url) => typeof url.path === 'string';
    const includesCredentials = (url) => url.username !== '' || url.password !== '';
    const defaultPort = (scheme) => SPECIAL.get(scheme) ?? null;

    function startsWithWindowsDriveLetter(cps, pointer) {
        const rest = cps.length - pointer;
        if (rest < 2 || !isAlpha(cps[pointer]) || (cps[pointer + 1] !== COLON && cps[pointer + 1] !== 0x7c)) return false;
        const third = cps[pointer + 2];
        return rest === 2 || third === SLASH || third === BACKSLASH || third === QUESTION || third === HASH;
    }

    function shortenPath(url) {
        const path = url.path;
        if (url.scheme === 'file' && path.length === 1 && isNormalizedWindowsDriveLetter(path[0])) return;
        path.pop();
    }

    function copyAuthority(from, url) {
        url.username = from.username;
        url.password = from.password;
        url.host = from.host;
        url.port = from.port;
    }

    /** "c ends the authority": EOF, '/', '?', '#', or '\\' in a special URL. */
    const endsAuthority = (c, special) => c === EOF || c === SLASH || c === QUESTION || c === HASH || (c === BACKSLASH && special);

    function codePoints(input) {
        const cps = [];
        for (let i = 0; i < input.length; i++) {
            const c = input.codePointAt(i);
            if (c > 0xffff) i++;
            cps.push(c);
        }
        return cps;
    }

    const record = () => ({ scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null });

    /**
     * The basic URL parser: returns a new record (or, with a state override, fills url in place, as
     * setters need) or null on failure. base is a record or null.
     */
    function parse(input, base = null, url = null, stateOverride = 0) {
        if (url === null) {
            url = record();
            input = input.replace(C0_OR_SPACE_AT_ENDS, '');
        }
        const cps = codePoints(input.replace(TAB_OR_NEWLINE, ''));
        let special = SPECIAL.has(url.scheme); // updated wherever the scheme is set
        let state = stateOverride || SCHEME_START;
        let buffer = '', atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;

        for (let pointer = 0; ; pointer++) {
            const c = pointer < cps.length ? cps[pointer] : EOF;

            switch (state) {
            case SCHEME_START:
                if (isAlpha(c)) {
                    buffer += lower(c);
                    state = SCHEME;
                } else if (!stateOverride) {
                    state = NO_SCHEME;
                    pointer--;
                } else {
                    return null;
                }
                break;

            case SCHEME:
                if (isAlpha(c) || isDigit(c) || c === PLUS || c === MINUS || c === DOT) {
                    buffer += lower(c);
                } else if (c === COLON) {
                    if (stateOverride) {
                        if (special !== SPECIAL.has(buffer)) return null;
                        if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return null;
                        if (url.scheme === 'file' && url.host === '') return null;
                    }
                    url.scheme = buffer;
                    special = SPECIAL.has(buffer);
                    if (stateOverride) {
                        if (url.port === defaultPort(url.scheme)) url.port = null;
                        return url;
                    }
                    buffer = '';
                    if (url.scheme === 'file') {
                        state = FILE;
                    } else if (special && base !== null && base.scheme === url.scheme) {
                        state = SPECIAL_RELATIVE_OR_AUTHORITY;
                    } else if (special) {
                        state = SPECIAL_AUTHORITY_SLASHES;
                    } else if (cps[pointer + 1] === SLASH) {
                        state = PATH_OR_AUTHORITY;
                        pointer++;
                    } else {
                        url.path = '';
                        state = OPAQUE_PATH;
                    }
                } else if (!stateOverride) {
                    buffer = '';
                    state = NO_SCHEME;
                    pointer = -1;
                } else {
                    return null;
                }
                break;

            case NO_SCHEME:
                if (base === null || (hasOpaquePath(base) && c !== HASH)) return null;
                if (hasOpaquePath(base)) {
                    url.scheme = base.scheme;
                    special = SPECIAL.has(url.scheme);
                    url.path = base.path;
                    url.query = base.query;
                    url.fragment = '';
                    state = FRAGMENT;
                } else {
                    state = base.scheme === 'file' ? FILE : RELATIVE;
                    pointer--;
                }
                break;

            case SPECIAL_RELATIVE_OR_AUTHORITY:
            case SPECIAL_AUTHORITY_SLASHES:
                if (c === SLASH && cps[pointer + 1] === SLASH) {
                    state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
                    pointer++;
                } else {
                    state = state === SPECIAL_AUTHORITY_SLASHES ? SPECIAL_AUTHORITY_IGNORE_SLASHES : RELATIVE;
                    pointer--;
                }
                break;

            case PATH_OR_AUTHORITY:
                if (c === SLASH) {
                    state = AUTHORITY;
                } else {
                    state = PATH;
                    pointer--;
                }
                break;

            case RELATIVE:
                url.scheme = base.scheme;
                special = SPECIAL.has(url.scheme);
                if (c === SLASH || (special && c === BACKSLASH)) {
                    state = RELATIVE_SLASH;
                    break;
                }
                copyAuthority(base, url);
                url.path = base.path.slice();
                url.query = base.query;
                if (c === QUESTION) {
                    url.query = '';
                    state = QUERY;
                } else if (c === HASH) {
                    url.fragment = '';
                    state = FRAGMENT;
                } else if (c !== EOF) {
                    url.query = null;
                    shortenPath(url);
                    state = PATH;
                    pointer--;
                }
                break;

            case RELATIVE_SLASH:
                if (special && (c === SLASH || c === BACKSLASH)) {
                    state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
                } else if (c === SLASH) {
                    state = AUTHORITY;
                } else {
                    copyAuthority(base, url);
                    state = PATH;
                    pointer--;
                }
                break;

            case SPECIAL_AUTHORITY_IGNORE_SLASHES:
                if (c !== SLASH && c !== BACKSLASH) {
                    state = AUTHORITY;
                    pointer--;
                }
                break;

            case AUTHORITY:
                if (c === AT) {
                    if (atSignSeen) buffer = '%40' + buffer;
                    atSignSeen = true;
                    for (const ch of buffer) {
                        const cp = ch.codePointAt(0);
                        if (cp === COLON && !passwordTokenSeen) {
                            passwordTokenSeen = true;
                            continue;
                        }
                        const encoded = percent.encodeCodePoint(cp, percent.USERINFO);
                        if (passwordTokenSeen) url.password += encoded;
                        else url.username += encoded;
                    }
                    buffer = '';
                } else if (endsAuthority(c, special)) {
                    if (atSignSeen && buffer === '') return null;
                    pointer -= Array.from(buffer).length + 1;
                    buffer = '';
                    state = HOST;
                } else {
                    buffer += String.fromCodePoint(c);
                }
                break;

            case HOST:
            case HOSTNAME:
                if (stateOverride && url.scheme === 'file') {
                    pointer--;
                    state = FILE_HOST;
                } else if (c === COLON && !insideBrackets) {
                    if (buffer === '' || stateOverride === HOSTNAME) return null;
                    const parsed = hosts.parse(buffer, !special);
                    if (parsed === null) return null;
                    url.host = parsed;
                    buffer = '';
                    state = PORT;
                } else if (endsAuthority(c, special)) {
                    pointer--;
                    if (special && buffer === '') return null;
                    if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) return null;
                    const parsed = hosts.parse(buffer, !special);
                    if (parsed === null) return null;
                    url.host = parsed;
                    buffer = '';
                    state = PATH_START;
                    if (stateOverride) return url;
                } else {
                    if (c === 0x5b) insideBrackets = true;
                    if (c === 0x5d) insideBrackets = false;
                    buffer += String.fromCodePoint(c);
                }
                break;

            case PORT:
                if (isDigit(c)) {
                    buffer += String.fromCharCode(c);
                } else if (endsAuthority(c, special) || stateOverride) {
                    if (buffer !== '') {
                        const port = parseInt(buffer, 10);
                        if (port > 65535) return null;
                        url.port = port === defaultPort(url.scheme) ? null : port;
                        buffer = '';
                        if (stateOverride) return url;
                    }
                    if (stateOverride) return null;
                    state = PATH_START;
                    pointer--;
                } else {
                    return null;
                }
                break;

            case FILE:
                url.scheme = 'file';
                special = true;
                url.host = '';
                if (c === SLASH || c === BACKSLASH) {
                    state = FILE_SLASH;
                } else if (base !== null && base.scheme === 'file') {
                    url.host = base.host;
                    url.path = base.path.slice();
                    url.query = base.query;
                    if (c === QUESTION) {
                        url.query = '';
                        state = QUERY;
                    } else if (c === HASH) {
                        url.fragment = '';
                        state = FRAGMENT;
                    } else if (c !== EOF) {
                        url.query = null;
                        if (startsWithWindowsDriveLetter(cps, pointer)) url.path = [];
                        else shortenPath(url);
                        state = PATH;
                        pointer--;
                    }
                } else {
                    state = PATH;
                    pointer--;
                }
                break;

            case FILE_SLASH:
                if (c === SLASH || c === BACKSLASH) {
                    state = FILE_HOST;
                    break;
                }
                if (base !== null && base.scheme === 'file') {
                    url.host = base.host;
                    if (!startsWithWindowsDriveLetter(cps, pointer) && base.path.length > 0
                            && isNormalizedWindowsDriveLetter(base.path[0])) {
                        url.path.push(base.path[0]);
                    }
                }
                state = PATH;
                pointer--;
                break;

            case FILE_HOST:
                if (c !== EOF && c !== SLASH && c !== BACKSLASH && c !== QUESTION && c !== HASH) {
                    buffer += String.fromCodePoint(c);
                    break;
                }
                pointer--;
                if (!stateOverride && isWindowsDriveLetter(buffer)) {
                    // "file://C|/": the drive letter is the path's first segment; the buffer carries it there.
                    state = PATH;
                } else if (buffer === '') {
                    url.host = '';
                    if (stateOverride) return url;
                    state = PATH_START;
                } else {
                    const parsed = hosts.parse(buffer, !special);
                    if (parsed === null) return null;
                    url.host = parsed === 'localhost' ? '' : parsed;
                    if (stateOverride) return url;
                    buffer = '';
                    state = PATH_START;
                }
                break;

            case PATH_START:
                if (special) {
                    state = PATH;
                    if (c !== SLASH && c !== BACKSLASH) pointer--;
                } else if (!stateOverride && c === QUESTION) {
                    url.query = '';
                    state = QUERY;
                } else if (!stateOverride && c === HASH) {
                    url.fragment = '';
                    state = FRAGMENT;
                } else if (c !== EOF) {
                    state = PATH;
                    if (c !== SLASH) pointer--;
                } else if (stateOverride && url.host === null) {
                    url.path.push('');
                }
                break;

            case PATH: {
                const slash = c === SLASH || (special && c === BACKSLASH);
                if (c !== EOF && !slash && (stateOverride || (c !== QUESTION && c !== HASH))) {
                    buffer += percent.encodeCodePoint(c, percent.PATH);
                    break;
                }
                if (isDoubleDot(buffer)) {
                    shortenPath(url);
                    if (!slash) url.path.push('');
                } else if (isSingleDot(buffer)) {
                    if (!slash) url.path.push('');
                } else {
                    if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) buffer = buffer[0] + ':';
                    url.path.push(buffer);
                }
                buffer = '';
                if (c === QUESTION) {
                    url.query = '';
                    state = QUERY;
                } else if (c === HASH) {
                    url.fragment = '';
                    state = FRAGMENT;
                }
                break;
            }

            case OPAQUE_PATH:
                if (c === QUESTION) {
                    url.query = '';
                    state = QUERY;
                } else if (c === HASH) {
                    url.fragment = '';
                    state = FRAGMENT;
                } else if (c === SPACE) {
                    // A space right before '?' or '#' is encoded so the path still ends in it when those go.
                    const next = cps[pointer + 1];
                    url.path += next === QUESTION || next === HASH ? '%20' : ' ';
                } else if (c !== EOF) {
                    url.path += percent.encodeCodePoint(c, percent.C0);
                }
                break;

            case QUERY:
                if (c === HASH && !stateOverride) {
                    url.fragment = '';
                    state = FRAGMENT;
                } else if (c !== EOF) {
                    url.query += percent.encodeCodePoint(c, special ? percent.SPECIAL_QUERY : percent.QUERY);
                }
                break;

            case FRAGMENT:
                if (c !== EOF) url.fragment += percent.encodeCodePoint(c, percent.FRAGMENT);
                break;

            default:
                throw new Error(`URL parser: unknown state ${state}`);
            }
            if (pointer >= cps.length) return url;
        }
    }

    const serializePath = (url) => (hasOpaquePath(url) ? url.path : url.path.map((segment) => '/' + segment).join(''));

    function serialize(url, excludeFragment = false) {
        let output = url.scheme + ':';
        if (url.host !== null) {
            output += '//';
            if (includesCredentials(url)) {
                output += url.username + (url.password === '' ? '' : ':' + url.password) + '@';
            }
            output += url.host + (url.port === null ? '' : ':' + url.port);
        } else if (!hasOpaquePath(url) && url.path.length > 1 && url.path[0] === '') {
            // Without "/." the path "//p" would read as a host.
            output += '/.';
        }
        output += serializePath(url);
        if (url.query !== null) output += '?' + url.query;
        if (!excludeFragment && url.fragment !== null) output += '#' + url.fragment;
        return output;
    }

    function origin(url) {
        switch (url.scheme) {
        case 'blob': {
            const inner = parse(serializePath(url));
            return inner !== null && ['http', 'https', 'file'].includes(inner.scheme) ? origin(inner) : 'null';
        }
        case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
            return url.scheme + '://' + url.host + (url.port === null ? '' : ':' + url.port);
        default:
            // file: the standard leaves it to implementations; an opaque origin, as in Node.js.
            return 'null';
        }
    }

    /** The URL setters of username, password and port do nothing on these URLs. */
    const cannotHaveCredentialsOrPort = (url) => url.host === null || url.host === '' || url.scheme === 'file';

    return {
        parse, serialize, serializePath, origin, hasOpaquePath, cannotHaveCredentialsOrPort,
        states: { SCHEME_START, HOST, HOSTNAME, PORT, PATH_START, QUERY, FRAGMENT }
    };
})
