import { template } from './template';

/** Messages of src/output/ (error texts), keyed by error code. */
export const outputMessages = {
  'output.outputBusy': template<{ dir: string; seconds: number; lockName: string }>({
    en: (p) => `another fundcast process has been writing into ${p.dir} for over ${p.seconds} s (lock file ${p.lockName}); try again later`,
    zh: (p) => `另一个 fundcast 进程正在写入 ${p.dir} 已超过 ${p.seconds} 秒（锁文件 ${p.lockName}），请稍后再试`,
  }),
  'output.outputIsInput': template<{ name: string; label: string }>({
    en: (p) => `${p.name} in ${p.label} is an input of this run; fundcast never overwrites its inputs`,
    zh: (p) => `${p.label} 中的 ${p.name} 是本次运行的输入文件，fundcast 不会覆盖输入文件`,
  }),
  'output.outputNotAFile': template<{ label: string; name: string; kind: 'link' | 'folder' | 'special' }>({
    en: (p) => `${p.label}: ${p.name} is ${{ link: 'a symbolic link', folder: 'a folder', special: 'a special file' }[p.kind]}; fundcast never replaces links, folders or special files, not even with --force`,
    zh: (p) => `${p.label}：${p.name} 是${{ link: '符号链接', folder: '文件夹', special: '特殊文件' }[p.kind]}；fundcast 不会替换链接、文件夹或特殊文件（--force 也不会）`,
  }),
  'output.outputNotAFolder.danglingLink': template<{ label: string }>({
    en: (p) => `${p.label} is a symbolic link to a folder that does not exist; fundcast does not replace links`,
    zh: (p) => `${p.label} 是指向不存在的文件夹的符号链接；fundcast 不会替换链接`,
  }),
  'output.outputNotAFolder.exists': template<{ label: string }>({
    en: (p) => `${p.label} exists and is not a folder`,
    zh: (p) => `${p.label} 已存在且不是文件夹`,
  }),
  'output.outputNotOurs': template<{ label: string; names: readonly string[] }>({
    en: (p) => {
      const one = p.names.length === 1;
      return `${p.label}: ${p.names.join(', ')} already exist${one ? 's' : ''} and fundcast did not write ${one ? 'it' : 'them'} (or ${one ? 'it was' : 'they were'} changed since); nothing was written. Use --force to replace ${one ? 'it' : 'them'}, or choose another folder`;
    },
    zh: (p) => `${p.label}：${p.names.join('、')} 已存在，且不是 fundcast 写入的（或写入后被修改过）；未写入任何文件。如需替换请加 --force，或选择其他位置`,
  }),
};
