// typescript-eslint, resolved from this folder so that its `typescript` is the 6.0 installed beside it.
export { default } from 'typescript-eslint';
