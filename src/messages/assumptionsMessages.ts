import { template } from './template';

/** Messages of src/assumptions/ (error texts), keyed by error code. */
export const assumptionsMessages = {
  'assumptions.capBelowFloor': template<{ cap: number; floor: number }>({
    en: (p) => `the base cap (${p.cap}) must not be below the floor (${p.floor})`,
    zh: (p) => `缴费基数上限（${p.cap}）不能低于下限（${p.floor}）`,
  }),
};
