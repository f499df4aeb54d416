/** Every demo person signs in with this password (README); demo data is never loaded in production. */
export const DEMO_PASSWORD = 'wijkportaal-demo';
