/** Chinese for the sexes used in messages ('male' → 男, 'female' → 女; anything else unchanged). */
export function sexZh(sex: string): string {
  return sex === 'male' ? '男' : sex === 'female' ? '女' : sex;
}
