import { template } from './template';

/** Messages of src/assumptions/ (error texts), keyed by error code. */
export const assumptionsMessages = {
  'assumptions.capBelowFloor': template<{ cap: number; floor: number }>({
    en: (p) => `the base cap (${p.cap}) must not be below the floor (${p.floor})`,
    zh: (p) => `缴费基数上限（${p.cap}）不能低于下限（${p.floor}）`,
  }),
  'assumptions.sourceWithoutParameter': template<{ key: string }>({
    en: (p) => `sources: '${p.key}' is not the path of a parameter of this scenario, nor of a section holding parameters (write e.g. funds.employee.contributions.employer_rate)`,
    zh: (p) => `sources：'${p.key}' 不是本情景中某个参数或参数所在部分的路径（应写作如 funds.employee.contributions.employer_rate）`,
  }),
};
