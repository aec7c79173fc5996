export async function sayHi(name = 'world') {
  return `Hi, ${name}!`;
}
export async function sayHiV2(name = 'world', punctuation) {
  return `Hi there, ${name}${punctuation ?? '!'}`;
}
