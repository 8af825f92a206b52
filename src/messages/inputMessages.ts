import { template } from './template';

/** Messages of src/input/ (reading the files a scenario names), keyed by error code. */
export const inputMessages = {
  'input.notFound': template<{ file: string; what: string }>({
    en: (p) => `${p.what} not found: ${p.file}`,
    zh: (p) => `找不到${p.what === 'scenario file' ? '情景文件' : p.what === 'overlay file' ? '改革方案文件' : '文件'}：${p.file}`,
  }),
  'input.emptyPath': template<{ what: string }>({
    en: (p) => `the path of the ${p.what} is empty`,
    zh: (p) => `${p.what === 'scenario file' ? '情景文件' : p.what === 'overlay file' ? '改革方案文件' : '文件'}的路径为空`,
  }),
  'input.notAFile': template<{ file: string; kind: 'folder' | 'fifo' | 'device' | 'socket' | 'other' }>({
    en: (p) => `${p.file} is ${{ folder: 'a folder', fifo: 'a named pipe (FIFO)', device: 'a device', socket: 'a socket', other: 'not a regular file' }[p.kind]}; fundcast reads only regular files`,
    zh: (p) => `${p.file} 是${{ folder: '文件夹', fifo: '命名管道（FIFO）', device: '设备文件', socket: '套接字', other: '非普通文件' }[p.kind]}；fundcast 只读取普通文件`,
  }),
  'input.tooLarge': template<{ file: string; bytes: number; max: number }>({
    en: (p) => `${p.file} is larger than ${p.max / 1024 / 1024} MiB (${p.bytes} bytes or more); input files are limited to ${p.max / 1024 / 1024} MiB`,
    zh: (p) => `${p.file} 超过 ${p.max / 1024 / 1024} MiB（至少 ${p.bytes} 字节）；输入文件上限为 ${p.max / 1024 / 1024} MiB`,
  }),
};
