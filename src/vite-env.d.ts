/// <reference types="vite/client" />
declare module 'virtual:colour-tokens.css';
