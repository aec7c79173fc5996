export async function hostGlobals() {
    return ['Java', 'Polyglot', 'Packages', 'java', 'load', 'print', 'quit', 'MLE', 'Graal', 'require', 'process']
        .filter(name => typeof globalThis[name] !== 'undefined');
}

export async function importOutside(specifier) {
    try {
        await import(specifier);
        return 'imported';
    } catch (error) {
        return `${error.name}: ${error.message}`;
    }
}
