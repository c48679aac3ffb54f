/** The shape a translated section has: the same keys as the English one, any strings. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
