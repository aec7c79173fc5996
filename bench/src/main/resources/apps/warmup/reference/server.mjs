// The reference for the warm-up benchmark: a plain Node.js http server with the same two functions.
// node server.mjs <port> [<greet url>]: with a greet url, /chain calls greet there over HTTP (one hop).
import http from 'node:http';

const [port, greetUrl] = process.argv.slice(2);

async function greet(name) {
    return `Hello, ${name}!`;
}

const agent = new http.Agent({ keepAlive: true });

function chain(name) {
    return new Promise((resolve, reject) => {
        const call = http.request(greetUrl, { method: 'POST', agent }, (answer) => {
            let text = '';
            answer.on('data', (chunk) => { text += chunk; });
            answer.on('end', () => resolve(`chained: ${text}`));
        });
        call.on('error', reject);
        call.end(JSON.stringify({ name }));
    });
}

http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', async () => {
        try {
            const { name } = JSON.parse(body);
            const result = request.url === '/chain' && greetUrl ? await chain(name) : await greet(name);
            response.writeHead(200, { 'content-type': 'text/plain' }).end(result);
        } catch (error) {
            response.writeHead(400).end(String(error));
        }
    });
}).listen(Number(port), '127.0.0.1');
